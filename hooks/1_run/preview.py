"""A preview (``mkdocs serve``) that never freezes and shows the build's problems on the page.

Reads nothing. Under ``mkdocs serve`` only: from ``on_startup`` every build of the preview runs through
``sitebuild.preview.guarded`` (never strict, never raising: MkDocs' server otherwise holds every page
request for ever after a failed build), and from ``on_serve`` the server's pages pass through
``sitebuild.preview.middleware``, which emits the banner of the last build's warnings or error (in
Japanese and English, at the top of every page served) and lets MkDocs' live-reload script run under
the page's Content-Security-Policy, and the server looks for saved files every 0.1 s instead of every
0.5 s (``sitebuild.preview.watch_often``). ``mkdocs build`` is not touched.
"""

from sitebuild import preview


def on_startup(command, **kwargs):
    if command == "serve":
        # mkdocs.commands.serve calls its module's `build` for the first build and every rebuild
        # (imported here, so that `mkdocs build`, and ProperDocs' build, never load the server).
        from mkdocs.commands import serve as serve_command

        serve_command.build = preview.guarded(serve_command.build)


def on_serve(server, config, builder, **kwargs):
    server.set_app(preview.middleware(server.get_app(), server.mount_path))
    preview.watch_often(server)  # a saved file is seen within 0.1 s, not 0.5 s
    return server
