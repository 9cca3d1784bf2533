// Configures the gateway's Swagger UI (/docs): one entry per service, each document fetched through
// the gateway at /docs/openapi/<service> (nginx proxies that to the service's /q/openapi?format=json).
// "Try it out" calls go to the gateway as well, so they take the same routes as any client.
window.onload = function () {
  // The list between BEGIN and END is rewritten by render.sh from routes.tsv (services in order of
  // their first row); keep the markers. The first entry is the primary (default) document.
  // BEGIN services
  const services = [
    "ticket-service",
    "warranty-service",
    "parts-service",
    "complaint-service",
    "notification-service",
  ];
  // END services

  window.ui = SwaggerUIBundle({
    urls: services.map(function (name) {
      return { name: name, url: "/docs/openapi/" + name };
    }),
    "urls.primaryName": services[0],
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: true,
    displayRequestDuration: true,
    oauth2RedirectUrl: window.location.origin + "/docs/oauth2-redirect.html",
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout",
  });
};
