/** The shape another language's catalog must have: every key of the Vietnamese one, strings as leaves. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
