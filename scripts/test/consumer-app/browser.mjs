// A team's frontend entry in development: MSW's service worker answers the app's calls with the published handlers.
import { handlers } from '@contracts/msw/looker';
import { setupWorker } from 'msw/browser';

window.workerStarted = setupWorker(...handlers).start({ onUnhandledRequest: 'error', quiet: true });
