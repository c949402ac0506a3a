import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/App.js';
import { initialState, useApp } from '../../renderer/store.js';
import type { FakeHvv } from './fake-hvv.js';

/** Mounts the whole app over a fake bridge and waits until the start screen has loaded. */
export async function renderApp(hvv: FakeHvv) {
  window.hvv = hvv;
  useApp.setState({ ...initialState });
  const user = userEvent.setup();
  const view = render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Hybrid VPN Validator' });
  return { user, ...view };
}

/** Starts from the start screen with a current session, and resumes it. */
export async function renderChecklist(hvv: FakeHvv) {
  const rendered = await renderApp(hvv);
  await rendered.user.click(await screen.findByRole('button', { name: 'Resume validation' }));
  return rendered;
}
