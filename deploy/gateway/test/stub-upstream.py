#!/usr/bin/env python3
"""A stand-in for one service behind the gateway, for test/smoke.sh.

Usage: stub-upstream.py NAME PORT. Answers every request with JSON echoing what it received (service,
method, path, the headers the gateway sets, body length) and serves a minimal OpenAPI document at
/q/openapi. HTTP/1.1 with Content-Length, so the gateway's upstream keepalive is exercised.
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

NAME, PORT = sys.argv[1], int(sys.argv[2])
ECHOED = ["Host", "X-Request-Id", "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host",
          "X-Forwarded-Port", "X-Forwarded-Prefix", "X-Real-IP", "Forwarded", "Authorization", "Connection"]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.path.startswith("/q/openapi"):
            doc = {"openapi": "3.1.0", "info": {"title": NAME, "version": "stub"},
                   "paths": {"/api/v1/ping": {"get": {"responses": {"200": {"description": "ok"}}}}},
                   "x-requested": self.path}
            self.send("application/json", doc)
            return
        self.send("application/json", {
            "service": NAME, "port": PORT, "method": self.command, "path": self.path, "bodyBytes": len(body),
            "headers": {h: self.headers.get(h) for h in ECHOED if self.headers.get(h) is not None}})

    def send(self, content_type, doc):
        data = json.dumps(doc).encode()
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Request-Id", "stub-must-be-hidden")  # the gateway replaces it with its own
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = answer

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
