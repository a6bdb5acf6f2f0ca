#!/usr/bin/env python3
"""SigV4 recomputation sidecar for the LambdaGen local control plane.

Why this exists: the C# server must not check signatures with C# code written by the same team that
writes the C# client (shared misunderstandings would cancel out). botocore's SigV4Auth is the signer
the AWS CLI uses, so it is an independent second implementation.

Protocol (one JSON object per line, both directions):
  -> {"method","url","query","headers":[[name,value],...],"body_b64","amz_date",
      "region","service","access_key","secret_key"}
     url has no query; query is the raw (still percent-encoded) query string; headers are exactly
     the ones listed in the request's SignedHeaders, with the values the server received.
     service "s3" signs the path as sent (S3 does not encode it a second time); its body is not
     sent: "payload_hash" is the x-amz-content-sha256 value, which the server has already checked
     against the body (or UNSIGNED-PAYLOAD). Every other service is signed like Lambda.
  <- {"signature","canonical_request","string_to_sign"}  or  {"error": "..."}
The first line written is {"ready": true, "botocore": "<version>"} once botocore has been imported.
"""
import base64
import hashlib
import json
import sys
from urllib.parse import unquote

import botocore
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.compat import HTTPHeaders
from botocore.credentials import Credentials


class _SignedHeadersAuth(SigV4Auth):
    """botocore picks its own header set when signing; a verifier must use the client's list."""

    def headers_to_sign(self, request):
        picked = HTTPHeaders()
        for name, value in request.headers.items():
            picked[name.lower()] = value
        return picked


class _S3SignedHeadersAuth(_SignedHeadersAuth):
    """S3 canonicalises the URI path exactly as sent (botocore's S3SigV4Auth does the same)."""

    payload_hash = None

    def _normalize_url_path(self, path):
        return path

    def payload(self, request):
        return self.payload_hash


def _query_pairs(raw_query):
    # Decode what the client sent so botocore re-encodes it canonically (as the service does),
    # keeping repeated keys such as tagKeys=a&tagKeys=b.
    pairs = []
    if raw_query:
        for part in raw_query.split('&'):
            if part == '':
                continue
            key, _, value = part.partition('=')
            pairs.append((unquote(key), unquote(value)))
    return pairs


def _recompute(req):
    body = base64.b64decode(req.get('body_b64') or '')
    is_s3 = req['service'] == 's3'
    headers = HTTPHeaders()
    for name, value in req['headers']:
        if name.lower() == 'x-amz-content-sha256' and not is_s3:
            # The service hashes the body it actually received; a stale or tampered body must not
            # be hidden behind a payload hash header copied from the original request.
            value = hashlib.sha256(body).hexdigest()
        headers[name] = value

    request = AWSRequest(method=req['method'], url=req['url'], data=body)
    request.headers = headers
    request.params = _query_pairs(req.get('query', ''))
    request.context['timestamp'] = req['amz_date']

    auth = (_S3SignedHeadersAuth if is_s3 else _SignedHeadersAuth)(
        Credentials(req['access_key'], req['secret_key']), req['service'], req['region'])
    if is_s3:
        auth.payload_hash = req['payload_hash']
    canonical = auth.canonical_request(request)
    to_sign = auth.string_to_sign(request, canonical)
    return {
        'signature': auth.signature(to_sign, request),
        'canonical_request': canonical,
        'string_to_sign': to_sign,
    }


def main():
    out = sys.stdout
    out.write(json.dumps({'ready': True, 'botocore': botocore.__version__}) + '\n')
    out.flush()
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        try:
            reply = _recompute(json.loads(line))
        except Exception as exc:  # report, never die: the server holds one process per instance
            reply = {'error': f'{type(exc).__name__}: {exc}'}
        out.write(json.dumps(reply) + '\n')
        out.flush()


if __name__ == '__main__':
    main()
