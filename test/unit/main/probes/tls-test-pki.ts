/**
 * Certificate chains for the tls.chain tests, generated with the machine's openssl into a temporary
 * folder: a root, an intermediate and a leaf for a Microsoft host name, named like Microsoft's
 * public chain or like a Zscaler inspection chain. EC keys keep generation fast.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServedChain {
  key: string;
  /** Leaf then intermediate (then root), as a server sends them. */
  cert: string;
}

export interface ChainNames {
  root: string;
  intermediate: string;
  leafHost: string;
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

function keyAndCsr(dir: string, name: string, subject: string): void {
  openssl(dir, ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${name}.key`]);
  openssl(dir, ['req', '-new', '-key', `${name}.key`, '-subj', subject, '-out', `${name}.csr`]);
}

function sign(dir: string, name: string, issuer: string, ext: string): void {
  writeFileSync(join(dir, `${name}.ext`), ext);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    `${issuer}.crt`,
    '-CAkey',
    `${issuer}.key`,
    '-CAcreateserial',
    '-days',
    '30',
    '-sha256',
    '-extfile',
    `${name}.ext`,
    '-out',
    `${name}.crt`,
  ]);
}

export function makeChain(names: ChainNames, withRoot = false): ServedChain {
  const dir = mkdtempSync(join(tmpdir(), 'hvv-tls-'));
  try {
    openssl(dir, ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'root.key']);
    openssl(dir, [
      'req',
      '-x509',
      '-new',
      '-key',
      'root.key',
      '-subj',
      names.root,
      '-days',
      '30',
      '-sha256',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
      '-out',
      'root.crt',
    ]);
    keyAndCsr(dir, 'int', names.intermediate);
    sign(
      dir,
      'int',
      'root',
      'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n',
    );
    keyAndCsr(dir, 'leaf', `/CN=${names.leafHost}`);
    sign(dir, 'leaf', 'int', `subjectAltName=DNS:${names.leafHost}\nextendedKeyUsage=serverAuth\n`);
    const read = (f: string) => readFileSync(join(dir, f), 'utf8');
    return {
      key: read('leaf.key'),
      cert: read('leaf.crt') + read('int.crt') + (withRoot ? read('root.crt') : ''),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const MICROSOFT_LIKE: ChainNames = {
  root: '/C=US/O=DigiCert Inc/OU=www.digicert.com/CN=DigiCert Global Root G2',
  intermediate: '/C=US/O=Microsoft Corporation/CN=Microsoft Azure RSA TLS Issuing CA 04',
  leafHost: 'login.microsoftonline.com',
};

export const ZSCALER_LIKE: ChainNames = {
  root: '/C=US/ST=California/L=San Jose/O=Zscaler Inc./OU=Zscaler Inc./CN=Zscaler Root CA',
  intermediate:
    '/C=US/ST=California/O=Zscaler Inc./OU=Zscaler Inc./CN=Zscaler Intermediate Root CA (zscalerthree.net)',
  leafHost: 'login.microsoftonline.com',
};
