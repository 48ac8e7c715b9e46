/** Khánh Hòa's offset from UTC: a request's deadline day ends at 24:00 there. */
const LOCAL_OFFSET_MS = 7 * 3600 * 1000;

/** The instant a request's deadline (YYYY-MM-DD) ends: midnight after that day, Vietnam time. */
export function deadlineEnd(deadline: string): Date {
  const [year, month, day] = deadline.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1) - LOCAL_OFFSET_MS);
}
