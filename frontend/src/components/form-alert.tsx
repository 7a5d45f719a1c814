export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md bg-danger-soft p-3 text-sm text-destructive">
      {message}
    </p>
  );
}
