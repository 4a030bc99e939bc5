import type { Metadata } from "next";
import { ApiClientList } from "@/components/admin/ApiClientList";
import { NewApiClientForm } from "@/components/admin/NewApiClientForm";
import { titled } from "@/lib/domain/page-title";
import { listApiClients } from "@/lib/server/api-clients/manage";
import { forPage, signedInCaller } from "@/lib/server/page";

export const metadata: Metadata = titled("FHIR API clients");

export default async function ApiClientsPage() {
  const caller = await signedInCaller("/admin/api-clients");
  const clients = await forPage(() => listApiClients(caller, {}), "/admin/api-clients");
  return (
    <>
      <h1>FHIR API clients</h1>
      <p>
        Systems such as ambulance electronic patient records, NHS 111 and GP systems read care plans through the FHIR API (<code>/api/fhir/R4</code>). Each
        client acts as one role for one organisation, sees what that role sees in this service, and every read is in the audit trail.
      </p>
      <NewApiClientForm />
      <ApiClientList clients={clients} />
    </>
  );
}
