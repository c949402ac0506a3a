/** What the system browser shows after the loopback redirect: plain, self-contained, no scripts. */
const page = (title: string, text: string): string =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hybrid VPN Validator</title>' +
  '<style>body{font-family:"Segoe UI",system-ui,sans-serif;margin:4rem auto;max-width:36rem;color:#1b1b1b}' +
  'h1{font-size:1.4rem}</style></head>' +
  `<body><h1>${title}</h1><p>${text}</p></body></html>`;

export const SIGN_IN_SUCCESS_PAGE = page(
  'You are signed in',
  'You can close this browser tab and go back to Hybrid VPN Validator to run the tenant checks.',
);

export const SIGN_IN_ERROR_PAGE = page(
  'Sign-in did not complete',
  'Close this browser tab and go back to Hybrid VPN Validator: it shows what went wrong and what to do next.',
);
