/** A search excerpt with the matched words in <mark>: the text is never treated as HTML (lib/search/text-query.ts). */
import { markedParts } from "@/lib/search/text-query";

export function MarkedText({ text }: { text: string }) {
  return (
    <>
      {markedParts(text).map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-slate-900">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
