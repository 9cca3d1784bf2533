// The root README's TypeScript example ("Clients"), compiled with the generated clients so that it cannot go stale.
import { Configuration, TicketsApi, ResponseError } from "../../../target/generated-sources/typescript/ticket-service";

/** What the app's OIDC library hands it, e.g. oidc-client-ts' UserManager signed in with the portal client (PKCE). */
declare const userManager: { getUser(): Promise<{ access_token: string } | null> };

export async function registerFault(): Promise<void> {
  const tickets = new TicketsApi(new Configuration({
    basePath: "http://localhost:8080",                                  // the gateway
    accessToken: async () => (await userManager.getUser())!.access_token, // portal client, PKCE
  }));
  try {
    const ticket = await tickets.ticketResourceRegister({
      idempotencyKey: crypto.randomUUID(),
      newTicket: { deviceSerial: "SN-2024-000187", customerOrganisation: "dealer-a/customer-a",
                   description: "监护仪黑屏，无法开机", contact: { name: "王工", phone: "+86 138 0000 0000" } },
    });
    console.log(ticket.id, ticket.status);
  } catch (e) {
    if (e instanceof ResponseError) console.log(e.response.status, await e.response.json()); // problem+json
  }
}
