export { SeatReminders } from './seat-reminders';
export type { SeatToRemind } from './seat-reminders';
export type { DueSeatsRule } from './due-seats';
