import { parseHighlight } from './highlight';

/** A highlighted value from the API rendered as text with <mark> around the matches (never as HTML). */
export function HighlightedText({ value }: { value: string }) {
  return (
    <>
      {parseHighlight(value).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
