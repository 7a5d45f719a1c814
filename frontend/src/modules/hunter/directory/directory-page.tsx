"use client";

import { DownloadIcon, RadarIcon, Trash2Icon, UploadIcon } from "lucide-react";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { useCurrentUser } from "@/auth/use-session";
import { FormAlert } from "@/components/form-alert";
import { describeError, formErrors } from "@/components/form-errors";
import { PageHeader } from "@/components/page-header";
import { QueryTable } from "@/components/query-table";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useT } from "@/i18n/i18n-provider";
import { saveBlob } from "@/lib/save-blob";

import { canWriteHunter } from "../access";
import { useDeleteDirectory, useDirectoryLists, useUploadDirectory, type DirectoryUpload } from "./queries";

/** A CSV with the columns the directory recognises, to fill in. */
export const TEMPLATE_CSV =
  "nome;razão social;cnpj;site;telefone;e-mail;cidade;uf;cnae;segmento;funcionários;porte;descrição;linkedin\n" +
  "Agência Exemplo;Agência Exemplo Ltda;11222333000181;https://exemplo.com.br;+5511912345678;contato@exemplo.com.br;São Paulo;SP;7311400;Agências de publicidade;25;small;Campanhas e vídeos para marcas;https://www.linkedin.com/company/exemplo\n";

function downloadTemplate() {
  saveBlob(new Blob(["\ufeff", TEMPLATE_CSV], { type: "text/csv;charset=utf-8" }), "diretorio-modelo.csv");
}

function UploadResult({ result }: { result: DirectoryUpload }) {
  const labels = useT().hunter.directory;
  return (
    <section className="grid gap-3" aria-label={labels.resultTitle} data-testid="upload-result">
      <p className="text-sm">
        <strong>{labels.kept(result.rows, result.list_name)}</strong>
        {result.rejected.length > 0 && <span className="text-destructive"> · {labels.rejectedCount(result.rejected.length)}</span>}
      </p>
      {result.rejected.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead className="w-20">{labels.row}</TableHead>
              <TableHead>{labels.reason}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.rejected.map((row) => (
              <TableRow key={row.row}>
                <TableCell className="tabular-nums">{row.row}</TableCell>
                <TableCell>{labels.reasons[row.reason] ?? row.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function UploadForm({ existing }: { existing: string[] }) {
  const t = useT();
  const labels = t.hunter.directory;
  const [listName, setListName] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<DirectoryUpload | null>(null);
  const upload = useUploadDirectory();
  const errors = formErrors(upload.error, ["list_name", "file"], t);
  const name = listName.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || !name) return;
    setResult(null);
    upload.mutate({ file, listName: name }, {
      onSuccess: (uploaded) => {
        setResult(uploaded);
        toast.success(labels.uploaded(uploaded.list_name));
      },
    });
  };
  return (
    <Card>
      <CardHeader>
        <CardTitle>{labels.uploadTitle}</CardTitle>
        <CardDescription>{labels.uploadHint}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form onSubmit={submit} noValidate className="grid max-w-xl gap-4">
          <FormField label={labels.listName} hint={existing.includes(name) ? labels.replaces(name) : labels.listNameHint} error={errors.field("list_name")}>
            <Input value={listName} maxLength={120} onChange={(e) => setListName(e.target.value)} />
          </FormField>
          <FormField label={labels.file} hint={labels.fileHint} error={errors.field("file")}>
            <Input
              type="file"
              accept=".csv,text/csv,.txt"
              className="h-auto py-1.5 file:mr-3 file:rounded file:border-0 file:bg-secondary file:px-2 file:py-1 file:text-sm"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </FormField>
          <FormAlert message={errors.general} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={!file || !name || upload.isPending}>
              <UploadIcon aria-hidden />
              {upload.isPending ? labels.uploading : labels.upload}
            </Button>
            <Button variant="ghost" onClick={downloadTemplate}>
              <DownloadIcon aria-hidden />
              {labels.template}
            </Button>
          </div>
        </form>
        <p className="text-xs text-muted-foreground">{labels.columns}</p>
        {result && <UploadResult result={result} />}
      </CardContent>
    </Card>
  );
}

/** `/hunter/directory`: the organization's company lists (CSV), searched by the directory source. */
export function DirectoryPage() {
  const t = useT();
  const labels = t.hunter.directory;
  const writable = canWriteHunter(useCurrentUser());
  const lists = useDirectoryLists();
  const remove = useDeleteDirectory();
  const items = lists.data ?? [];
  return (
    <div className="grid gap-6">
      <PageHeader title={labels.title} subtitle={labels.subtitle} />
      {writable && <UploadForm existing={items.map((list) => list.list_name)} />}
      <section className="grid gap-3" aria-labelledby="directory-lists">
        <h2 id="directory-lists" className="text-base font-semibold">{labels.listsTitle}</h2>
        <QueryTable
          query={lists}
          headers={[labels.listName, labels.rows, writable ? <span className="sr-only">{labels.actions}</span> : null]}
          empty={labels.empty}
          isEmpty={items.length === 0}
        >
          {items.map((list) => (
            <TableRow key={list.list_name}>
              <TableCell className="font-medium">{list.list_name}</TableCell>
              <TableCell className="tabular-nums">{labels.rowCount(list.rows)}</TableCell>
              {writable && (
                <TableCell className="text-right whitespace-nowrap">
                  <Link href={`/hunter/searches/new?list=${encodeURIComponent(list.list_name)}`} className={buttonVariants({ variant: "outline", size: "sm" })}>
                    <RadarIcon aria-hidden />
                    {labels.searchList}
                  </Link>
                  <ConfirmDialog
                    title={labels.deleteTitle(list.list_name)}
                    description={labels.deleteBody}
                    confirmLabel={labels.delete}
                    onConfirm={() => remove.mutate(list.list_name, {
                      onSuccess: () => toast.success(labels.deleted(list.list_name)),
                      onError: (error) => toast.error(describeError(error, t)),
                    })}
                  >
                    <Button variant="ghost" size="sm" className="ml-1">
                      <Trash2Icon aria-hidden />
                      {labels.delete}
                    </Button>
                  </ConfirmDialog>
                </TableCell>
              )}
            </TableRow>
          ))}
        </QueryTable>
      </section>
      <p className="text-sm text-muted-foreground">{labels.demoNote}</p>
    </div>
  );
}
