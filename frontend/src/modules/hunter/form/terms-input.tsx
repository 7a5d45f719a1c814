"use client";

import { XIcon } from "lucide-react";
import { useState, type ClipboardEvent, type KeyboardEvent } from "react";

import { fieldClass } from "@/components/ui/input";
import { cn } from "@/lib/cn";

interface TermsInputProps {
  value: string[];
  onChange: (terms: string[]) => void;
  /** Accessible name of each chip's remove button. */
  removeLabel: (term: string) => string;
  placeholder?: string;
  /** What a typed term becomes (upper case, digits only...); empty drops it. */
  normalize?: (term: string) => string;
  /** Set by FormField: the label points at the text box. */
  id?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

const SEPARATORS = /[,;\n]/;

/**
 * A list of short terms as chips: type and press Enter (or a comma), paste several at once,
 * Backspace on the empty box removes the last; what is left in the box is added on leaving it.
 */
export function TermsInput({ value, onChange, removeLabel, placeholder, normalize = (term) => term.trim(), id, ...aria }: TermsInputProps) {
  const [text, setText] = useState("");
  const add = (raw: string[]) => {
    const terms = raw.map(normalize).filter((term) => term !== "" && !value.includes(term));
    const unique = [...new Set(terms)];
    if (unique.length > 0) onChange([...value, ...unique]);
    setText("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === "Enter" || event.key === ",") && text.trim() !== "") {
      event.preventDefault();
      add([text]);
    } else if (event.key === "Enter") {
      event.preventDefault();
    } else if (event.key === "Backspace" && text === "" && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  };
  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData("text");
    if (!SEPARATORS.test(pasted)) return;
    event.preventDefault();
    add(pasted.split(SEPARATORS));
  };
  return (
    <div className={cn(fieldClass, "flex h-auto min-h-9 flex-wrap items-center gap-1 px-1.5 py-1 focus-within:ring-2 focus-within:ring-ring/40", aria["aria-invalid"] && "border-destructive")}>
      {value.map((term) => (
        <span key={term} className="inline-flex items-center gap-1 rounded bg-secondary px-2 py-0.5 text-xs text-secondary-foreground">
          {term}
          <button type="button" className="rounded-sm opacity-70 hover:opacity-100" onClick={() => onChange(value.filter((v) => v !== term))}>
            <XIcon className="size-3" aria-hidden />
            <span className="sr-only">{removeLabel(term)}</span>
          </button>
        </span>
      ))}
      <input
        id={id}
        {...aria}
        value={text}
        placeholder={value.length === 0 ? placeholder : undefined}
        onChange={(event) => {
          const typed = event.target.value;
          if (SEPARATORS.test(typed)) add(typed.split(SEPARATORS));
          else setText(typed);
        }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onBlur={() => text.trim() !== "" && add([text])}
        className="h-7 min-w-24 flex-1 bg-transparent px-1.5 text-sm outline-none placeholder:text-muted-foreground"
      />
    </div>
  );
}
