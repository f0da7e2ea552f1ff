# Begleiter: a small image without compilers, running as an unprivileged user.
FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
RUN python -m venv /venv
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY scheduler ./scheduler
COPY ui ./ui
RUN /venv/bin/pip install .

FROM python:3.11-slim-bookworm
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    BEGLEITER_CONTENT_DIR=/app/content \
    DATABASE_URL=sqlite+aiosqlite:////data/begleiter.db \
    ARGOS_PACKAGES_DIR=/data/argos \
    XDG_DATA_HOME=/data/xdg \
    XDG_CACHE_HOME=/data/xdg-cache \
    MPLCONFIGDIR=/data/xdg-cache/matplotlib \
    METRICS_PORT=9100 \
    METRICS_LISTEN=0.0.0.0
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin begleiter \
    && mkdir -p /data && chown begleiter /data
COPY --from=build /venv /venv
COPY content /app/content
WORKDIR /app
USER 10001
VOLUME ["/data"]
EXPOSE 9100
# /healthz on METRICS_PORT (python -m bot health); /readyz and /metrics are there too.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "-m", "bot", "health"]
CMD ["python", "-m", "bot", "run"]
