"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useT } from "@/i18n/i18n-provider";

import type { CustomField } from "../list/queries";

export type CustomValues = Record<string, unknown>;

/** The values worth sending: empty inputs become null (the backend clears them). */
export function customFieldsBody(fields: CustomField[], values: CustomValues): CustomValues {
  const body: CustomValues = {};
  for (const field of fields) {
    const value = values[field.key];
    if (value === undefined) continue;
    if (value === "" || (Array.isArray(value) && value.length === 0)) body[field.key] = null;
    else if ((field.type === "number" || field.type === "money") && typeof value === "string") body[field.key] = Number(value.replace(",", "."));
    else body[field.key] = value;
  }
  return body;
}

interface CustomFieldsInputProps {
  fields: CustomField[];
  values: CustomValues;
  onChange: (values: CustomValues) => void;
  /** The backend's message for `custom_fields.<key>`. */
  errorOf: (key: string) => string | undefined;
}

/** One input per custom field the organization defined for this kind of record. */
export function CustomFieldsInput({ fields, values, onChange, errorOf }: CustomFieldsInputProps) {
  const t = useT();
  if (fields.length === 0) return null;
  const set = (key: string, value: unknown) => onChange({ ...values, [key]: value });
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="mb-1.5 text-sm font-medium">{t.crm.records.form.customFields}</legend>
      {fields.map((field) => {
        const value = values[field.key];
        const error = errorOf(field.key);
        if (field.type === "boolean") {
          const id = `custom-${field.key}`;
          return (
            <div key={field.key} className="grid gap-1 self-end">
              <div className="flex h-9 items-center gap-2">
                <Checkbox id={id} checked={value === true} onCheckedChange={(checked) => set(field.key, checked === true)} />
                <Label htmlFor={id}>{field.label}</Label>
              </div>
              {error && <p className="text-xs font-medium text-destructive">{error}</p>}
            </div>
          );
        }
        if (field.type === "multi_select") {
          const chosen = Array.isArray(value) ? (value as string[]) : [];
          return (
            <fieldset key={field.key} className="grid gap-1.5 sm:col-span-2">
              <legend className="text-sm font-medium">{field.label}</legend>
              <div className="flex flex-wrap gap-3">
                {field.options.map((option) => {
                  const id = `custom-${field.key}-${option}`;
                  return (
                    <div key={option} className="flex items-center gap-2">
                      <Checkbox
                        id={id}
                        checked={chosen.includes(option)}
                        onCheckedChange={(checked) => set(field.key, checked === true ? [...chosen, option] : chosen.filter((o) => o !== option))}
                      />
                      <Label htmlFor={id} className="font-normal">{option}</Label>
                    </div>
                  );
                })}
              </div>
              {error && <p className="text-xs font-medium text-destructive">{error}</p>}
            </fieldset>
          );
        }
        const text = value === undefined || value === null ? "" : String(value);
        return (
          <FormField key={field.key} label={field.required ? `${field.label} *` : field.label} error={error}>
            {field.type === "select" ? (
              <NativeSelect value={text} onChange={(e) => set(field.key, e.target.value)}>
                <option value="">{t.crm.records.form.none}</option>
                {field.options.map((option) => <option key={option} value={option}>{option}</option>)}
              </NativeSelect>
            ) : (
              <Input
                type={field.type === "date" ? "date" : field.type === "text" ? "text" : "number"}
                inputMode={field.type === "number" || field.type === "money" ? "decimal" : undefined}
                step={field.type === "money" ? "0.01" : undefined}
                value={text}
                onChange={(e) => set(field.key, e.target.value)}
              />
            )}
          </FormField>
        );
      })}
    </fieldset>
  );
}
