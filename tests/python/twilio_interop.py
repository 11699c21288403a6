"""Interop harness around the official `twilio` package's RequestValidator.

Used by tests/api/twilio_interop.rs, run with the test venv's python (twilio pinned there).

  version
      Prints the installed twilio package version.

  serve PORT_FILE AUTH_TOKEN LOG_FILE [--timeout SECONDS]
      HTTP server on 127.0.0.1, port 0. Writes the port to PORT_FILE (atomically), then
      validates every POST exactly as a Twilio user would:
        RequestValidator(AUTH_TOKEN).validate(url, params_or_body, X-Twilio-Signature)
      with url = http://{Host header}{path and query as received} (what Flask's request.url
      gives: http://127.0.0.1:{port}... unless the client named the host otherwise); form
      bodies are passed as a multi-valued dict (blank values kept, as Flask/Django do), any
      other body as the raw string so that the library checks bodySHA256. Answers 200 when
      valid, 403 otherwise, and appends one JSON line per request to LOG_FILE before
      answering. Exits after SECONDS (default 60) or on GET /shutdown.

  sign
      Reads [{url, token, params?: {name: value | [values]}, body?: str}] on stdin and prints
      [{url, signature}] computed by the library:
        form: RequestValidator(token).compute_signature(url, params)
        JSON body: url gets bodySHA256=RequestValidator.compute_hash(body) appended unless it
          already carries one (then it must match), and the signature is over that url with
          no params; this is how Twilio signs JSON webhooks.
"""

import argparse
import json
import os
import sys
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, parse_qsl, urlsplit

import twilio
from twilio.request_validator import RequestValidator


class MultiDict(dict):
    """name -> [values]; RequestValidator.get_values uses getall() (the Flask MultiDict API)."""

    def getall(self, name):
        return list(self[name])

    @classmethod
    def from_pairs(cls, pairs):
        out = cls()
        for name, value in pairs:
            out.setdefault(name, []).append(value)
        return out

    @classmethod
    def from_json(cls, obj):
        out = cls()
        for name, value in obj.items():
            out[name] = list(value) if isinstance(value, list) else [value]
        return out


def is_form(content_type):
    return (content_type or "").split(";")[0].strip().lower() == (
        "application/x-www-form-urlencoded"
    )


def cmd_version(_args):
    print(twilio.__version__)


def cmd_sign(_args):
    cases = json.load(sys.stdin)
    out = []
    for case in cases:
        validator = RequestValidator(case["token"])
        url = case["url"]
        if case.get("body") is not None:
            body = case["body"]
            digest = validator.compute_hash(body)
            claimed = parse_qs(urlsplit(url).query).get("bodySHA256")
            if claimed is None:
                url += ("&" if "?" in url else "?") + "bodySHA256=" + digest
            elif claimed[0] != digest:
                raise SystemExit("case url carries a bodySHA256 that is not the body's")
            signature = validator.compute_signature(url, {})
            # The library must accept what it just produced (guards this script itself).
            assert validator.validate(url, body, signature), "self-check failed (json)"
        else:
            params = MultiDict.from_json(case.get("params") or {})
            signature = validator.compute_signature(url, params)
            assert validator.validate(url, params, signature), "self-check failed (form)"
        out.append({"url": url, "signature": signature})
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")


def cmd_serve(args):
    validator = RequestValidator(args.auth_token)
    state = {"stop": False}

    class Handler(BaseHTTPRequestHandler):
        # HTTP/1.0 (the default): one request per connection, so the loop below regains
        # control after every request; a stalled client cannot hold it for long either.
        timeout = 10

        def log_message(self, *_):  # keep the test output quiet
            pass

        def reply(self, status, obj):
            data = json.dumps(obj).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            if urlsplit(self.path).path == "/shutdown":
                state["stop"] = True
                self.reply(200, {"status": "stopping"})
            else:
                self.reply(404, {"status": 404})

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            # As a web framework rebuilds it (Flask's request.url): Host header + target.
            host = self.headers.get("Host") or "127.0.0.1:%d" % self.server.server_port
            url = "http://%s%s" % (host, self.path)
            signature = self.headers.get("X-Twilio-Signature", "")
            content_type = self.headers.get("Content-Type", "")
            entry = {"url": url, "path": self.path, "content_type": content_type}
            try:
                text = raw.decode("utf-8")
                if is_form(content_type):
                    pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=False)
                    params = MultiDict.from_pairs(pairs)
                    entry["kind"] = "form"
                    entry["event"] = (params.get("EventType") or ["?"])[0]
                    valid = validator.validate(url, params, signature)
                else:
                    entry["kind"] = "json"
                    entry["has_body_hash"] = "bodySHA256" in parse_qs(urlsplit(url).query)
                    try:
                        entry["event"] = json.loads(text).get("eventType", "?")
                    except (ValueError, AttributeError):
                        entry["event"] = "?"
                    valid = validator.validate(url, text, signature)
            except Exception as e:  # a bad request is a failed validation, never a crash
                entry["error"] = repr(e)
                valid = False
            entry["valid"] = bool(valid)
            with open(args.log_file, "a", encoding="utf-8") as f:
                f.write(json.dumps(entry) + "\n")
                f.flush()
            if valid:
                self.reply(200, {"status": "ok"})
            else:
                self.reply(403, {"status": 403, "message": "RequestValidator rejected it"})

    server = HTTPServer(("127.0.0.1", 0), Handler)
    server.timeout = 0.2
    tmp = args.port_file + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(str(server.server_port))
    os.replace(tmp, args.port_file)
    deadline = time.monotonic() + args.timeout
    try:
        while not state["stop"] and time.monotonic() < deadline:
            server.handle_request()
    finally:
        server.server_close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("version").set_defaults(func=cmd_version)
    sub.add_parser("sign").set_defaults(func=cmd_sign)
    serve = sub.add_parser("serve")
    serve.add_argument("port_file")
    serve.add_argument("auth_token")
    serve.add_argument("log_file")
    serve.add_argument("--timeout", type=float, default=60.0)
    serve.set_defaults(func=cmd_serve)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
