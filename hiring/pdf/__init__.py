"""One PDF service: plain data in, PDF bytes out, cached by content, rendered off the request.

    render.py      templates/pdf -> HTML -> PDF/UA in this process, with a fetcher that serves
                   only bundled static files; size limits; PdfError and its kinds; merge_pdfs
    pool.py        the render processes (RenderPool, render_pool, render_pdf) with time limits
    cache.py       Document (template, context, title, lang) and its key; PdfCache on disk
    background.py  rendering into the cache on threads or RQ (queue "pdf"); many documents as
                   one PDF (bulk printing); status; cancel_waiting
    service.py     the entry point for pages: printed(document, ...) and status(key), bulk
                   printing, reading the app's PDF_WORKERS, REDIS_URL and PDF_CACHE_DIR

Pages use hiring.pdf.service; the CLI and RQ jobs use render.render_pdf_here.
"""
