// "Copy explanation": run by the server's code action with the reply's codes and context (never prebuilt
// text). The explanation comes from smtp/explain and is copied as plain text, with the reply from the log.
import * as vscode from 'vscode';
import { parseCodeQuery } from '../../../server/src/core/codes';
import { MAX_CONTEXT_TEXT, type CopyExplanationArgs } from '../../../server/src/protocol';
import { explanationText, type ExplanationTextLabels } from '../explanationText';
import type { SmtpCommand } from './index';

const optionalText = (v: unknown, max: number): v is string | null | undefined => v === undefined || v === null || (typeof v === 'string' && v.length <= max);

/** The code action's argument, checked: a command can be run with anything. Undefined when it is not one. */
function copyArgs(arg: unknown): (CopyExplanationArgs & { label: string }) | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const a = arg as Record<string, unknown>;
  if (!optionalText(a.code, 3) || !optionalText(a.enhanced, 11)) return undefined;
  if (!optionalText(a.text, MAX_CONTEXT_TEXT) || !optionalText(a.remoteHost, 255) || !optionalText(a.command, 64)) return undefined;
  const label = [a.code, a.enhanced].filter((c): c is string => typeof c === 'string').join(' ');
  const query = label ? parseCodeQuery(label) : undefined;
  if (!query) return undefined;
  const line = Number.isSafeInteger(a.line) ? (a.line as number) : 0;
  return { code: query.code, enhanced: query.enhanced, line, text: a.text ?? undefined, remoteHost: a.remoteHost ?? null, command: a.command ?? null, label };
}

/** The explanation's headings in the display language (also the trace panel's Explain). */
export function labels(): ExplanationTextLabels {
  return {
    description: vscode.l10n.t('Description'),
    whenYouSeeIt: vscode.l10n.t('When you see it'),
    howToFix: vscode.l10n.t('How to fix'),
    sender: vscode.l10n.t('Sending side'),
    receiver: vscode.l10n.t('Receiving side'),
    providerUsage: vscode.l10n.t('Provider usage'),
    command: vscode.l10n.t('Command'),
    replyText: vscode.l10n.t('Reply text'),
    references: vscode.l10n.t('References'),
  };
}

/** Argument: CopyExplanationArgs. Resolves to true when the text is on the clipboard. */
export const copyExplanationCommand: SmtpCommand = {
  id: 'smtp.copyExplanation',
  async run(ctx, arg) {
    const args = copyArgs(arg);
    if (!args) {
      ctx.output.warn('smtp.copyExplanation needs a reply {code, enhanced, line, text} as its argument.');
      return false;
    }
    let text: string;
    try {
      const explanation = await ctx.explain(args.label, { text: args.text, remoteHost: args.remoteHost, command: args.command });
      if (!explanation) throw new Error(`no explanation for ${args.label}`);
      text = explanationText(explanation, labels(), { text: args.text, command: args.command });
    } catch (err) {
      ctx.output.warn(`copy explanation of ${args.label}: ${err instanceof Error ? err.message : String(err)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not copy the explanation of {0}.', args.label));
      return false;
    }
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage(vscode.l10n.t('SMTP code explanation copied to the clipboard.'), 3000);
    return true;
  },
};
