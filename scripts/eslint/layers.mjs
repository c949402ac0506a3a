/**
 * The one dependency rule of the code (docs/ARCHITECTURE.md): each top-level folder is a layer and
 * may import only the layers listed for it, plus the packages allowed to it. Like VS Code's
 * `code-layering` rule, it reads the folder a file is in, not a list of exceptions.
 */
import path from 'node:path';

/** Layer → the layers it may import (itself included) and which bare imports it may use. */
export const LAYERS = {
  // Pure: decides and describes, so every verdict is provable without Windows, Electron or a DOM.
  common: { layers: ['common'], packages: ['zod'] },
  // The bridge: Electron's contextBridge over the pure contract, nothing privileged.
  preload: { layers: ['preload', 'common'], packages: ['electron', 'zod'] },
  // Unprivileged UI: reaches the device only through window.hvv.
  renderer: {
    layers: ['renderer', 'common'],
    packages: ['react', 'react-dom', 'zustand', 'zod', 'i18next', 'i18next-icu', 'react-i18next'],
  },
  // Privileged main process and the headless command.
  main: { layers: ['main', 'common'], packages: '*' },
};

const NODE_BUILTIN = /^node:/;

function layerOf(file, root) {
  const relative = path.relative(root, file);
  if (relative.startsWith('..')) return undefined;
  return relative.split(path.sep)[0];
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** @type {import('eslint').Rule.RuleModule} */
export const importDirection = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports go down the layers only (common ← preload, renderer, main).' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: {
      layer: "'{{from}}/' may not import from '{{to}}/' (allowed: {{allowed}}). See docs/ARCHITECTURE.md.",
      package: "'{{from}}/' may not import '{{name}}' (allowed: {{allowed}}). See docs/ARCHITECTURE.md.",
    },
  },
  create(context) {
    const root = context.options[0]?.root ?? context.cwd;
    const file = context.filename;
    const from = layerOf(file, root);
    const rule = from ? LAYERS[from] : undefined;
    if (!rule) return {};

    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      if (specifier.startsWith('.')) {
        const to = layerOf(path.resolve(path.dirname(file), specifier), root);
        if (to && !rule.layers.includes(to)) {
          context.report({ node, messageId: 'layer', data: { from, to, allowed: rule.layers.join(', ') } });
        }
        return;
      }
      if (rule.packages === '*') return;
      const name = NODE_BUILTIN.test(specifier) ? specifier : packageName(specifier);
      if (!rule.packages.includes(name)) {
        context.report({
          node,
          messageId: 'package',
          data: { from, name, allowed: rule.packages.join(', ') },
        });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export default { rules: { 'import-direction': importDirection } };
