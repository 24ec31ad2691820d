// The outline of a log: replies grouped by the mail they belong to (a queue ID in Postfix, Sendmail and
// Exim logs) or by SMTP session (a transcript's 220 greeting opens one). Replies that belong to neither
// are listed on their own.
import type { Reply } from './types';
import { lineFields } from './readers';

export interface OutlineReply {
  reply: Reply;
}

export interface OutlineGroup {
  kind: 'queue' | 'session';
  /** The queue ID, or the greeting's host for a session. */
  name: string;
  /** Lines of the group's first and last reply. */
  firstLine: number;
  lastLine: number;
  replies: Reply[];
}

export interface Outline {
  groups: OutlineGroup[];
  /** Replies in no group. */
  loose: Reply[];
  /** Groups left out because there were more than maxGroups. */
  omittedGroups: number;
}

/** The queue ID a log line names, as its format's reader reads it (../readers), or null. */
export function queueIdOf(lineText: string): string | null {
  return lineFields(lineText).queueId;
}

function isGreeting(reply: Reply): boolean {
  return reply.code === '220' && (reply.command === null || reply.command === 'CONNECT');
}

/**
 * Groups the replies (in document order) by queue ID, or by session in a transcript. `lineText` gives a
 * line's text; at most `maxGroups` groups are kept (the rest counted).
 */
export function outlineOf(replies: Iterable<Reply>, lineText: (line: number) => string, maxGroups = 5000): Outline {
  const groups: OutlineGroup[] = [];
  const byId = new Map<string, OutlineGroup>();
  const loose: Reply[] = [];
  let session: OutlineGroup | undefined;
  let omitted = 0;
  const omittedIds = new Set<string>();
  for (const reply of replies) {
    const line = reply.parts[0].line;
    const id = queueIdOf(lineText(line));
    if (id !== null) {
      let g = byId.get(id);
      if (!g) {
        if (groups.length >= maxGroups) {
          if (!omittedIds.has(id)) {
            omittedIds.add(id);
            omitted++;
          }
          continue;
        }
        g = { kind: 'queue', name: id, firstLine: line, lastLine: line, replies: [] };
        byId.set(id, g);
        groups.push(g);
      }
      g.replies.push(reply);
      g.lastLine = reply.parts[reply.parts.length - 1].line;
      continue;
    }
    if (isGreeting(reply)) {
      if (groups.length >= maxGroups) {
        omitted++;
        session = undefined;
        continue;
      }
      const host = /^\s*(\S{1,100})/.exec(reply.text)?.[1] ?? '';
      session = { kind: 'session', name: host, firstLine: line, lastLine: line, replies: [] };
      groups.push(session);
    }
    if (session) {
      session.replies.push(reply);
      session.lastLine = reply.parts[reply.parts.length - 1].line;
      if (reply.code === '221' || reply.code === '421') session = undefined; // QUIT answered, or closing
    } else {
      loose.push(reply);
    }
  }
  return { groups, loose, omittedGroups: omitted };
}
