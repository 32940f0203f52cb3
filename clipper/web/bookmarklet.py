"""The bookmarklet: a ``javascript:`` URL that sends the page the reader is on to this server.

It posts a form, top-level, into a new small window: a ``fetch`` from an https
page to 127.0.0.1 is stopped by CORS and Private Network Access, a navigation
is not. It sends the DOM as the page's scripts left it, the address, the title
and the selection (as HTML) when there is one, with the archive's token.

The server takes a clip only from the page whose address it carries (its
Origin header), so a page with ``Referrer-Policy: no-referrer``, whose forms
say ``Origin: null``, gets the browser's default policy for the moment it
submits (a <meta name=referrer>, the one thing of the page it changes).
"""

from __future__ import annotations

import json
from urllib.parse import quote

# Readable source; the URL is this, squeezed and percent-encoded. Placeholders
# are JSON strings, so no value can break out of its quotes.
_SOURCE = """
(function(){
var d=document,f=d.createElement('form'),n='clipper'+Date.now();
function put(k,v){var i=d.createElement('input');i.type='hidden';i.name=k;i.value=v;f.appendChild(i);}
var s=window.getSelection(),h='';
if(s&&s.rangeCount&&!s.isCollapsed){var b=d.createElement('div');
for(var r=0;r<s.rangeCount;r++){b.appendChild(s.getRangeAt(r).cloneContents());}h=b.innerHTML;}
put('token',TOKEN);put('url',location.href);put('title',d.title);
put('html',d.documentElement.outerHTML);put('selection',h);
f.method='post';f.action=ACTION;f.target=n;f.acceptCharset='UTF-8';f.style.display='none';
var m=d.createElement('meta');m.name='referrer';m.content='strict-origin-when-cross-origin';
(d.head||d.documentElement).appendChild(m);
window.open('',n,'width=560,height=440');
(d.body||d.documentElement).appendChild(f);f.submit();f.remove();m.remove();
})();
"""


def bookmarklet(base_url: str, token: str) -> str:
    """The ``javascript:`` URL that clips the current page into the server at ``base_url``."""
    action = base_url.rstrip("/") + "/clip"
    code = _SOURCE.replace("TOKEN", json.dumps(token)).replace("ACTION", json.dumps(action))
    code = "".join(line.strip() for line in code.strip().splitlines())
    return "javascript:" + quote(code, safe="(){}[];,=+!'*.:/?&|-_~<>")
