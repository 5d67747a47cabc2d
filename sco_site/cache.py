"""Redis as an optional cache (REDIS_URL): while it cannot be reached the site runs as if the cache were
empty, and the outage is logged once, not once per request."""

from __future__ import annotations

import functools
import logging
import threading

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("sco_site.cache")

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


class IncrementMissing(ValueError):
    """``incr`` of a key the cache does not hold (Django's caches raise ValueError there too)."""


def tolerant(when_unreachable):
    """A cache operation that, when Redis cannot be reached, answers as an empty cache would:
    ``when_unreachable(*args)`` gives the answer (or raises, for ``incr``)."""

    def decorate(method):
        @functools.wraps(method)
        def operation(self, *args, **kwargs):
            try:
                result = method(self, *args, **kwargs)
            except UNREACHABLE as error:
                self.note_unreachable(error)
                return when_unreachable(*args, **kwargs)
            self.note_reachable()
            return result

        return operation

    return decorate


def missing_key(key, *args, **kwargs):
    raise IncrementMissing(f"Key '{key}' not found: the cache is unreachable")


class TolerantRedisCache(RedisCache):
    """Django's RedisCache; every read a miss and every write dropped while Redis does not answer."""

    def __init__(self, server, params):
        params = {**params, "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5, **params.get("OPTIONS", {})}}
        super().__init__(server, params)
        self.location = str(server)

    # Django makes one cache object per thread: whether Redis answers is the process's, per location.
    state_lock = threading.Lock()
    unreachable_locations: set[str] = set()

    @property
    def unreachable(self) -> bool:
        return self.location in self.unreachable_locations

    def note_unreachable(self, error: Exception) -> None:
        with self.state_lock:
            if self.unreachable:
                return
            self.unreachable_locations.add(self.location)
        logger.warning("The Redis cache cannot be reached (%s); the site runs without it until it answers.", error)

    def note_reachable(self) -> None:
        if not self.unreachable:
            return
        with self.state_lock:
            if not self.unreachable:
                return
            self.unreachable_locations.discard(self.location)
        logger.warning("The Redis cache answers again.")

    add = tolerant(lambda *args, **kwargs: False)(RedisCache.add)
    get = tolerant(lambda key, default=None, *args, **kwargs: default)(RedisCache.get)
    set = tolerant(lambda *args, **kwargs: None)(RedisCache.set)
    touch = tolerant(lambda *args, **kwargs: False)(RedisCache.touch)
    delete = tolerant(lambda *args, **kwargs: False)(RedisCache.delete)
    get_many = tolerant(lambda *args, **kwargs: {})(RedisCache.get_many)
    has_key = tolerant(lambda *args, **kwargs: False)(RedisCache.has_key)
    incr = tolerant(missing_key)(RedisCache.incr)
    set_many = tolerant(lambda data, *args, **kwargs: list(data))(RedisCache.set_many)
    delete_many = tolerant(lambda *args, **kwargs: None)(RedisCache.delete_many)
    clear = tolerant(lambda *args, **kwargs: False)(RedisCache.clear)
