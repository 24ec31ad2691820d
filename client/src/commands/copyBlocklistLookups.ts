// "Copy blocklist lookups for this IP": run by the server's code action on a refusal that names DNS
// blocklists, with the IP and one DNS query per list (2.0.192.zen.spamhaus.org for 192.0.2.x), which it copies one a line.
import * as vscode from 'vscode';
import type { CopyBlocklistLookupsArgs } from '../../../server/src/protocol';
import type { SmtpCommand } from './index';

const NAME = /^[A-Za-z0-9.-]{1,253}$/;

/** The code action's argument, checked: a command can be run with anything. */
function lookupArgs(arg: unknown): CopyBlocklistLookupsArgs | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const a = arg as Record<string, unknown>;
  const names = (v: unknown): string[] | undefined =>
    Array.isArray(v) && v.length <= 50 && v.every((s) => typeof s === 'string' && NAME.test(s)) ? (v as string[]) : undefined;
  const lists = names(a.lists);
  const queries = names(a.queries);
  if (typeof a.ip !== 'string' || !/^[\d.]{7,15}$/.test(a.ip) || !lists || !queries || queries.length === 0) return undefined;
  return { ip: a.ip, lists, queries };
}

/** Argument: CopyBlocklistLookupsArgs. Resolves to true when the lookups are on the clipboard. */
export const copyBlocklistLookupsCommand: SmtpCommand = {
  id: 'smtp.copyBlocklistLookups',
  async run(ctx, arg) {
    const args = lookupArgs(arg);
    if (!args) {
      ctx.output.warn('smtp.copyBlocklistLookups needs {ip, lists, queries} as its argument.');
      return false;
    }
    await vscode.env.clipboard.writeText(args.queries.join('\n') + '\n');
    vscode.window.setStatusBarMessage(vscode.l10n.t('Blocklist lookups for {0} copied to the clipboard.', args.ip), 4000);
    return true;
  },
};
