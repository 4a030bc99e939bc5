"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { addOrganisationAction, updateOrganisationAction } from "@/lib/actions/organisations";
import { Card } from "@/components/nhs/Card";
import { DateBoxes } from "@/components/nhs/DateBoxes";
import { ErrorSummary } from "@/components/nhs/ErrorSummary";
import { Fieldset } from "@/components/nhs/Fieldset";
import { describedBy, LabelledField } from "@/components/nhs/FormGroup";
import { TextInput } from "@/components/nhs/TextInput";
import { useActionForm } from "@/components/nhs/useActionForm";
import { dsptStatusLabels, dsptStatuses, organisationInput, organisationKindLabels, organisationKinds } from "@/lib/domain/organisations";

type DateParts = { day: string; month: string; year: string };

export interface OrganisationFormValues {
  odsCode: string;
  name: string;
  kind: string;
  postcode: string;
  parentIcbOdsCode: string;
  sharingAgreementSignedOn: DateParts;
  dsptStatus: string;
  dsptStatusOn: DateParts;
}

const noDate: DateParts = { day: "", month: "", year: "" };
export const emptyOrganisation: OrganisationFormValues = {
  odsCode: "",
  name: "",
  kind: "",
  postcode: "",
  parentIcbOdsCode: "",
  sharingAgreementSignedOn: noDate,
  dsptStatus: "",
  dsptStatusOn: noDate,
};

// Each field and the id of its first input, in the form's order: the error summary's order and links.
const fields = {
  odsCode: "odsCode",
  name: "name",
  kind: "kind",
  postcode: "postcode",
  parentIcbOdsCode: "parentIcbOdsCode",
  sharingAgreementSignedOn: "sharingAgreementSignedOn-day",
  dsptStatus: "dsptStatus",
  dsptStatusOn: "dsptStatusOn-day",
};

/** Add (no `id`) or edit an organisation. What was typed stays whatever the server says. */
export function OrganisationForm({ id, initial = emptyOrganisation }: { id?: string; initial?: OrganisationFormValues }) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const form = useActionForm({
    schema: organisationInput,
    action: (input: OrganisationFormValues) => (id ? updateOrganisationAction({ ...input, id }) : addOrganisationAction(input)),
    fields,
    onSuccess: (result) => {
      if (!id) return router.push(`/admin/organisations/${result.id}?added=1`);
      setSaved(true);
      router.refresh();
    },
  });
  const errors = form.errors;
  const set = (key: keyof OrganisationFormValues) => (e: { target: { value: string } }) => {
    setSaved(false);
    setValues({ ...values, [key]: e.target.value });
  };
  const dateBoxes = (key: "sharingAgreementSignedOn" | "dsptStatusOn") => (part: keyof DateParts) => ({
    name: `${key}-${part}`,
    value: values[key][part],
    onChange: (e: { target: { value: string } }) => {
      setSaved(false);
      setValues({ ...values, [key]: { ...values[key], [part]: e.target.value } });
    },
  });
  const select = (key: "kind" | "dsptStatus", options: readonly string[], labels: Record<string, string>, placeholder: string) => (
    <select
      id={key}
      name={key}
      className={`nhsuk-select${errors[key] ? " nhsuk-select--error" : ""}`}
      value={values[key]}
      onChange={set(key)}
      aria-describedby={describedBy(`${key}-hint`, errors[key] && `${key}-error`)}
    >
      <option value="">{placeholder}</option>
      {options.map((o) => (
        <option key={o} value={o}>
          {labels[o]}
        </option>
      ))}
    </select>
  );

  return (
    <form noValidate onSubmit={form.onSubmit(() => values)}>
      <ErrorSummary errors={form.summary} />
      {saved && (
        <Card variant="feature" role="status" heading="Changes saved">
          <p>The organisation&apos;s details have been saved.</p>
        </Card>
      )}
      <TextInput
        id="odsCode"
        label="ODS code"
        hint="From the Organisation Data Service: 3 characters for a trust or ICB (RJZ, QKK), 5 for a site (RJZ01), 6 for a GP practice (Y00101)"
        error={errors.odsCode}
        value={values.odsCode}
        onChange={set("odsCode")}
        widthClass="nhsuk-input--width-10"
        autoComplete="off"
        spellCheck={false}
        code
      />
      <TextInput id="name" label="Name" error={errors.name} value={values.name} onChange={set("name")} autoComplete="off" />
      <LabelledField id="kind" label="Kind of organisation" hint="It decides which roles its staff may have" error={errors.kind}>
        {select("kind", organisationKinds, organisationKindLabels, "Select a kind")}
      </LabelledField>
      <TextInput
        id="postcode"
        label="Postcode (optional)"
        error={errors.postcode}
        value={values.postcode}
        onChange={set("postcode")}
        widthClass="nhsuk-input--width-10"
        autoComplete="off"
      />
      <TextInput
        id="parentIcbOdsCode"
        label="Parent ICB's ODS code (optional)"
        hint="The integrated care board it belongs to, for example QKK for NHS South East London"
        error={errors.parentIcbOdsCode}
        value={values.parentIcbOdsCode}
        onChange={set("parentIcbOdsCode")}
        widthClass="nhsuk-input--width-5"
        autoComplete="off"
        spellCheck={false}
        code
      />
      <Fieldset
        id="sharingAgreementSignedOn"
        legend="Date the data sharing agreement was signed"
        hint="Its staff can sign in only once this is recorded. Leave it empty until it is signed. For example, 5 1 2026"
        error={errors.sharingAgreementSignedOn}
        group
      >
        <DateBoxes id="sharingAgreementSignedOn" invalid={!!errors.sharingAgreementSignedOn} box={dateBoxes("sharingAgreementSignedOn")} />
      </Fieldset>
      <LabelledField
        id="dsptStatus"
        label="Data Security and Protection Toolkit (DSPT) status (optional)"
        hint="From its latest DSPT assessment"
        error={errors.dsptStatus}
      >
        {select("dsptStatus", dsptStatuses, dsptStatusLabels, "Not known")}
      </LabelledField>
      <Fieldset id="dsptStatusOn" legend="Date of the DSPT status (optional)" hint="For example, 30 6 2025" error={errors.dsptStatusOn} group>
        <DateBoxes id="dsptStatusOn" invalid={!!errors.dsptStatusOn} box={dateBoxes("dsptStatusOn")} />
      </Fieldset>
      <button className="nhsuk-button" type="submit" disabled={form.busy}>
        {id ? "Save changes" : "Add organisation"}
      </button>
    </form>
  );
}
