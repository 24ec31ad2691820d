// The log summary: what went wrong, how often, to whom and when. This file is its public API; the parts
// are in summary/ (the builder, line classes, time stamps, line fields, reply patterns; see README.md).
export { SummaryBuilder, type SummaryOptions } from './summary/builder';
export type { CountRow, HostRow, HourRow, Outcome, PatternRow, ReasonRow, RecipientRow, Summary, SummaryState, SummaryTotals } from './summary/types';
export { lineOutcome } from './summary/lineClass';
export { readStamp, type TimeStamp } from './summary/stamps';
export { replyPattern } from './summary/replyPattern';
