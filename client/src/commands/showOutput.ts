// "Show SMTP output": the extension's log and, with smtp.trace.server, the protocol trace.
import type { SmtpCommand } from './index';

export const showOutputCommand: SmtpCommand = {
  id: 'smtp.showOutput',
  run(ctx) {
    ctx.output.show(true);
  },
};
