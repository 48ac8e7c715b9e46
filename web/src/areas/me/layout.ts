/** A card's heading at the size of a card title (the page's own heading is the h1). */
export const CARD_TITLE = { margin: 0, fontSize: 18, whiteSpace: 'normal' } as const;
