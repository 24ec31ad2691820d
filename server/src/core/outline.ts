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
  const builder = new OutlineBuilder(lineText, maxGroups);
  for (const reply of replies) builder.add(reply);
  return builder.result();
}

/** outlineOf one reply at a time, for a caller that feeds a large log in slices. */
export class OutlineBuilder {
  private readonly groups: OutlineGroup[] = [];
  private readonly byId = new Map<string, OutlineGroup>();
  private readonly loose: Reply[] = [];
  private session: OutlineGroup | undefined;
  private omitted = 0;
  private readonly omittedIds = new Set<string>();

  constructor(
    private readonly lineText: (line: number) => string,
    private readonly maxGroups = 5000,
  ) {}

  add(reply: Reply): void {
    const { groups, byId, maxGroups } = this;
    const line = reply.parts[0].line;
    const id = queueIdOf(this.lineText(line));
    if (id !== null) {
      let g = byId.get(id);
      if (!g) {
        if (groups.length >= maxGroups) {
          if (!this.omittedIds.has(id)) {
            this.omittedIds.add(id);
            this.omitted++;
          }
          return;
        }
        g = { kind: 'queue', name: id, firstLine: line, lastLine: line, replies: [] };
        byId.set(id, g);
        groups.push(g);
      }
      g.replies.push(reply);
      g.lastLine = reply.parts[reply.parts.length - 1].line;
      return;
    }
    if (isGreeting(reply)) {
      if (groups.length >= maxGroups) {
        this.omitted++;
        this.session = undefined;
        return;
      }
      const host = /^\s*(\S{1,100})/.exec(reply.text)?.[1] ?? '';
      this.session = { kind: 'session', name: host, firstLine: line, lastLine: line, replies: [] };
      groups.push(this.session);
    }
    if (this.session) {
      this.session.replies.push(reply);
      this.session.lastLine = reply.parts[reply.parts.length - 1].line;
      if (reply.code === '221' || reply.code === '421') this.session = undefined; // QUIT answered, or closing
    } else {
      this.loose.push(reply);
    }
  }

  result(): Outline {
    return { groups: this.groups, loose: this.loose, omittedGroups: this.omitted };
  }
}
