"use client";

import { PlusIcon } from "lucide-react";
import { useId, type ReactNode } from "react";

import { Button } from "@/components/ui/button";

import { messageAt, messageUnder } from "./field-errors";

/** What a row's main input takes to show its error. */
export interface RowControl {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

interface RowsFieldsetProps<T> {
  legend: string;
  /** The body field (`phones`): the backend's messages for `phones.0...` go under each row. */
  field: string;
  rows: T[];
  /** The save's failure, if any. */
  error: Error | null;
  addLabel: string;
  onAdd: () => void;
  row: (value: T, index: number, control: RowControl) => ReactNode;
}

/** A list of rows (phones, e-mails) with each one's error, the list's own error, and "add". */
export function RowsFieldset<T>({ legend, field, rows, error, addLabel, onAdd, row }: RowsFieldsetProps<T>) {
  const baseId = useId();
  const listError = messageAt(error, field);
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1.5 text-sm font-medium">{legend}</legend>
      {rows.map((value, index) => {
        const id = `${baseId}-${index}`;
        const message = messageUnder(error, `${field}.${index}`);
        const control: RowControl = message ? { id, "aria-invalid": true, "aria-describedby": `${id}-error` } : { id };
        return (
          <div key={index} className="grid gap-1">
            {row(value, index, control)}
            {message && <p id={`${id}-error`} className="text-xs font-medium text-destructive">{message}</p>}
          </div>
        );
      })}
      {listError && <p className="text-xs font-medium text-destructive">{listError}</p>}
      <div>
        <Button variant="outline" size="sm" onClick={onAdd}>
          <PlusIcon aria-hidden />
          {addLabel}
        </Button>
      </div>
    </fieldset>
  );
}
