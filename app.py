"""Serve the pl2en page and REST API: `python app.py` (host/port from PL2EN_HOST/PL2EN_PORT
or GRADIO_SERVER_NAME/GRADIO_SERVER_PORT; default http://127.0.0.1:7860)."""

from service.app.server import main

if __name__ == "__main__":
    main()
