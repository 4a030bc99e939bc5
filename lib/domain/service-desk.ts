/**
 * The service desk of the team that runs Universal Care Plan: the contact page and the page for
 * staff whose organisation cannot use the service show it. Demo values (an example.org address,
 * an Ofcom drama-range number): a deployment puts its own here.
 */
export const serviceDesk = {
  name: "Universal Care Plan service desk",
  email: "servicedesk@example.org",
  phone: "020 7946 0000",
  hours: "8am to 6pm, Monday to Friday",
} as const;
