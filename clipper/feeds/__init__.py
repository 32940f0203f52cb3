"""Following sources: feeds and sitemaps found, parsed, updated, their entries clipped.

``parse`` (bytes -> entries), ``discover`` (a page -> its feed), ``opml``
(subscriptions in and out), ``follow`` (adding sources), ``update`` (the
update loop, through the same batch as ``clipper clip``) and ``lock`` (one
update at a time per archive).
"""
