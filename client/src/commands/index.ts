// Every command of the extension, registered from one table. Each command lives in its own file.
import * as vscode from 'vscode';
import type { SmtpContext } from '../context';
import { compareCommand } from './compare';
import { copyBlocklistLookupsCommand } from './copyBlocklistLookups';
import { copyExplanationCommand } from './copyExplanation';
import { copyUnknownRecipientsCommand } from './copyUnknownRecipients';
import { restartServerCommand } from './restartServer';
import { showMessageOnlyCommand } from './showMessageOnly';
import { showOutputCommand } from './showOutput';
import { summarizeCommand } from './summarize';
import { traceMessageCommand } from './traceMessage';

export interface SmtpCommand {
  /** The id contributed in package.json. */
  readonly id: string;
  run(ctx: SmtpContext, ...args: unknown[]): unknown;
}

export const COMMANDS: readonly SmtpCommand[] = [
  compareCommand,
  restartServerCommand,
  showOutputCommand,
  copyExplanationCommand,
  summarizeCommand,
  traceMessageCommand,
  showMessageOnlyCommand,
  copyUnknownRecipientsCommand,
  copyBlocklistLookupsCommand,
];

export function registerCommands(ctx: SmtpContext): vscode.Disposable[] {
  return COMMANDS.map((command) => vscode.commands.registerCommand(command.id, (...args: unknown[]) => command.run(ctx, ...args)));
}
