// The sweep settings a link keeps: the text of the `sweep=` part (sweepSettings.ts writes and
// reads it). Only this much is in the page's start-up code: the grammar, so that a link with a
// part that is not sweep settings opens with a warning and without it, and the text itself.
export const SWEEP_LINK = /^([lpg])([1-5])([be])(?:~l([\d.e,-]+))?(?:~p([\d.e,-]+))?$/;

/** The settings of the last sweep that finished (or the link's), as the link writes them. */
export const sweepLink: { text: string | null } = { text: null };
