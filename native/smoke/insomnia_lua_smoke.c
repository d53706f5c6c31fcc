/*
 * insomnia-lua-smoke: evaluates one profile file through the shim, without a JVM.
 *
 *   insomnia-lua-smoke [--memory BYTES] [--instructions N] [--time-ms MS]
 *                      [--host-modules DIR] [--cache] [--bench N] PROFILE.lua
 *
 * Local modules resolve under the profile's directory (a.b -> a/b.lua or a/b/init.lua),
 * host modules insomnia.* from --host-modules DIR (every .lua under it, compiled once at
 * start into a prelude and loaded from its bytecode as trusted, frozen modules). Prints the
 * canonical JSON on stdout (exit 0) or the diagnostic on stderr (exit 3); print() output
 * goes to stderr. It exists to test the native layer on its own, under sanitizers too.
 * --bench N evaluates the file N more times after the first and prints the median, p90 and
 * minimum time per evaluation (module files are re-read each time, as a host would serve
 * them).
 * --cache keeps the chunks the first evaluation compiles (ins_eval_set_keep) and evaluates the
 * file again from them: the second outcome (status, code, message, location, JSON, output,
 * instructions; after the time limit, the code and message) must equal the first, else "internal:"
 * and exit 1; what is printed is the second's. With --bench, the timed evaluations load the kept chunks (a cache keyed by chunk
 * name and source bytes, as a host would key it by their digest).
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include <stdarg.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <time.h>

#include "insomnia_lua.h"

#define MAX_SOURCE (16L * 1024 * 1024)

#define MAX_HOST_MODULES 64
#define MAX_CACHED 256

/* A chunk name and the text compiled under it: a run's text load, or a cache entry. */
typedef struct cached {
  char chunkname[PATH_MAX + 2];
  char *source;
  size_t len;
  ins_chunk *chunk; /* NULL for a load not (yet) kept */
} cached;

typedef struct smoke {
  char profile_dir[PATH_MAX]; /* canonical */
  char host_dir[PATH_MAX];    /* canonical, or "" */
  ins_prelude *prelude;       /* the host modules, compiled once */
  char host_names[MAX_HOST_MODULES][128];
  int host_count;
  int caching;                /* --cache */
  cached cache[MAX_CACHED];   /* chunks kept by earlier runs */
  int cache_count;
  cached loads[MAX_CACHED];   /* this run's text loads, by number (0: the main chunk) */
  int load_count;
} smoke;

static const cached *cache_find(const smoke *s, const char *chunkname, const char *source,
                                size_t len) {
  for (int i = 0; i < s->cache_count; i++) {
    const cached *c = &s->cache[i];
    if (c->len == len && strcmp(c->chunkname, chunkname) == 0 && memcmp(c->source, source, len) == 0)
      return c;
  }
  return NULL;
}

/* Records a text load of this run (numbered as the shim numbers them). */
static void record_load(smoke *s, const char *chunkname, const char *source, size_t len) {
  if (!s->caching) return;
  cached *c = s->load_count < MAX_CACHED ? &s->loads[s->load_count] : NULL;
  s->load_count++;
  if (c == NULL || (c->source = malloc(len ? len : 1)) == NULL) return;
  memcpy(c->source, source, len);
  c->len = len;
  snprintf(c->chunkname, sizeof c->chunkname, "%s", chunkname);
  c->chunk = NULL;
}

/* After a run: moves the chunks it kept into the cache, forgets its loads. */
static void collect_kept(smoke *s, ins_eval *ev) {
  for (int i = 0; i < ins_eval_kept_count(ev); i++) {
    int load = ins_eval_kept_load(ev, i);
    if (load < 0 || load >= s->load_count || load >= MAX_CACHED) continue;
    cached *l = &s->loads[load];
    if (l->source == NULL || s->cache_count == MAX_CACHED ||
        cache_find(s, l->chunkname, l->source, l->len) != NULL)
      continue;
    cached *c = &s->cache[s->cache_count++];
    *c = *l;
    c->chunk = ins_eval_take_chunk(ev, i);
    l->source = NULL;
  }
  for (int i = 0; i < s->load_count && i < MAX_CACHED; i++) {
    free(s->loads[i].source);
    s->loads[i].source = NULL;
  }
  s->load_count = 0;
}

static void cache_free(smoke *s) {
  for (int i = 0; i < s->cache_count; i++) {
    free(s->cache[i].source);
    ins_chunk_free(s->cache[i].chunk);
  }
  s->cache_count = 0;
}

/* One evaluation of the main file: from its kept chunk when the cache has one. */
static int evaluate(smoke *s, ins_eval *ev, const char *source, size_t len, const char *chunkname) {
  s->load_count = 0;
  const cached *top = s->caching ? cache_find(s, chunkname, source, len) : NULL;
  int status;
  if (top != NULL) {
    record_load(s, "", "", 0); /* load 0 is the main chunk's, not compiled this time */
    status = ins_eval_run_chunk(ev, top->chunk);
  } else {
    record_load(s, chunkname, source, len);
    status = ins_eval_run(ev, source, len, chunkname);
  }
  if (s->caching) collect_kept(s, ev);
  return status;
}

/* Reads a whole file (at most MAX_SOURCE bytes); NULL on failure. */
static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) return NULL;
  char *data = NULL;
  if (fseek(f, 0, SEEK_END) == 0) {
    long size = ftell(f);
    if (size >= 0 && size <= MAX_SOURCE && fseek(f, 0, SEEK_SET) == 0 &&
        (data = malloc((size_t)size + 1)) != NULL) {
      *len = fread(data, 1, (size_t)size, f);
      if (*len != (size_t)size) {
        free(data);
        data = NULL;
      }
    }
  }
  fclose(f);
  return data;
}

static int is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Dotted identifiers only: "a", "a.b_c"; no empty segments, no separators. */
static int valid_module_name(const char *name) {
  int at_start = 1;
  for (const char *p = name; *p; p++) {
    if (*p == '.') {
      if (at_start) return 0;
      at_start = 1;
    } else if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_' ||
               (!at_start && *p >= '0' && *p <= '9')) {
      at_start = 0;
    } else {
      return 0;
    }
  }
  return !at_start;
}

/* snprintf that reports truncation: 1 if `out` holds the whole text. */
static int format_path(char *out, size_t size, const char *fmt, ...) {
  va_list args;
  va_start(args, fmt);
  int n = vsnprintf(out, size, fmt, args);
  va_end(args);
  return n >= 0 && (size_t)n < size;
}

/* Finds base/a/b.lua or base/a/b/init.lua for "a.b"; refuses both or neither, and any path
 * that leaves base once symlinks are resolved. Answers the request either way. */
static void answer(smoke *s, ins_require *req, const char *base, const char *name,
                   int trusted) {
  char rel[PATH_MAX], file[PATH_MAX], init[PATH_MAX], real[PATH_MAX], msg[512];
  if (!format_path(rel, sizeof rel, "%s", name) ||
      !format_path(file, sizeof file, "%s/%s.lua", base, rel) ||
      !format_path(init, sizeof init, "%s/%s/init.lua", base, rel)) {
    ins_require_refuse(req, "require.invalid-name", "module path is too long");
    return;
  }
  for (char *p = rel; *p; p++)
    if (*p == '.') *p = '/';
  format_path(file, sizeof file, "%s/%s.lua", base, rel);
  format_path(init, sizeof init, "%s/%s/init.lua", base, rel);
  int has_file = is_file(file), has_init = is_file(init);
  if (has_file && has_init) {
    snprintf(msg, sizeof msg, "module '%.200s' is both a file and a directory with init.lua: "
             "keep one", name);
    ins_require_refuse(req, "require.ambiguous", msg);
    return;
  }
  if (!has_file && !has_init) {
    snprintf(msg, sizeof msg, "module '%.200s' not found under the profile's directory", name);
    ins_require_refuse(req, "require.not-found", msg);
    return;
  }
  const char *path = has_file ? file : init;
  size_t base_len = strlen(base);
  if (realpath(path, real) == NULL || strncmp(real, base, base_len) != 0 ||
      real[base_len] != '/') {
    snprintf(msg, sizeof msg, "module '%.200s' resolves outside the profile's directory", name);
    ins_require_refuse(req, "require.escape", msg);
    return;
  }
  size_t len = 0;
  char *source = read_file(real, &len);
  if (source == NULL) {
    snprintf(msg, sizeof msg, "module '%.200s' could not be read: %s", name, strerror(errno));
    ins_require_refuse(req, "require.not-found", msg);
    return;
  }
  char chunkname[PATH_MAX + 2];
  format_path(chunkname, sizeof chunkname, "@%s", real + base_len + 1);
  const cached *hit = s->caching ? cache_find(s, chunkname, source, len) : NULL;
  if (hit != NULL) {
    ins_require_provide_chunk(req, hit->chunk, trusted);
  } else {
    record_load(s, chunkname, source, len);
    ins_require_provide(req, source, len, chunkname, trusted);
  }
  free(source);
}

static int resolve(void *user, ins_require *req, const char *name) {
  smoke *s = user;
  if (!valid_module_name(name)) {
    ins_require_refuse(req, "require.invalid-name",
                       "module names are dotted identifiers such as 'shared.models'");
  } else if (strcmp(name, "insomnia") == 0 || strncmp(name, "insomnia.", 9) == 0) {
    for (int i = 0; i < s->host_count; i++) {
      if (strcmp(s->host_names[i], name) == 0) {
        ins_require_use_prelude(req, name);
        return 1;
      }
    }
    ins_require_refuse(req, "require.not-found",
                       s->host_dir[0] ? "no such host module" : "no host modules (pass --host-modules DIR)");
  } else {
    answer(s, req, s->profile_dir, name, 0);
  }
  return 1;
}

/* Compiles every .lua file under dir (module name = relative path, '/' as '.', "x/init" as
 * "x") into the prelude. Returns 0 on any failure, with the reason on stderr. */
static int add_host_modules(smoke *s, const char *dir, const char *prefix) {
  DIR *d = opendir(dir);
  if (d == NULL) return 0;
  int ok = 1;
  struct dirent *entry;
  while (ok && (entry = readdir(d)) != NULL) {
    const char *file = entry->d_name;
    if (file[0] == '.') continue;
    char path[PATH_MAX], rel[PATH_MAX];
    if (!format_path(path, sizeof path, "%s/%s", dir, file) ||
        !format_path(rel, sizeof rel, "%s%s", prefix, file)) {
      ok = 0;
      break;
    }
    struct stat st;
    if (stat(path, &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) {
      char sub[PATH_MAX];
      ok = format_path(sub, sizeof sub, "%s/", rel) && add_host_modules(s, path, sub);
      continue;
    }
    size_t n = strlen(rel);
    if (n < 5 || strcmp(rel + n - 4, ".lua") != 0) continue;
    if (s->host_count == MAX_HOST_MODULES) {
      ok = 0;
      break;
    }
    char *name = s->host_names[s->host_count];
    if (!format_path(name, sizeof s->host_names[0], "%.*s", (int)(n - 4), rel)) {
      ok = 0;
      break;
    }
    size_t m = strlen(name);
    if (m > 5 && strcmp(name + m - 5, "/init") == 0) name[m - 5] = '\0';
    for (char *p = name; *p; p++)
      if (*p == '/') *p = '.';
    size_t len = 0;
    char *source = read_file(path, &len);
    char chunkname[PATH_MAX + 2];
    format_path(chunkname, sizeof chunkname, "@%s", rel);
    if (source == NULL || ins_prelude_add(s->prelude, name, source, len, chunkname) != INS_OK) {
      fprintf(stderr, "error: host module %s: %s\n", rel,
              source ? ins_prelude_error(s->prelude) : "unreadable");
      ok = 0;
    } else {
      s->host_count++;
    }
    free(source);
  }
  closedir(d);
  return ok;
}

/* What --cache compares between the run that keeps chunks and the run from them. */
typedef struct outcome {
  int status, line;
  char *text; /* code, message, chunk, path, JSON and output, NUL-separated */
  size_t len;
  unsigned long long instructions;
} outcome;

static void outcome_read(outcome *o, const ins_eval *ev, int status) {
  size_t json_len, out_len;
  const char *json = ins_eval_json(ev, &json_len), *out = ins_eval_output(ev, &out_len);
  const char *parts[] = {ins_eval_error_code(ev), ins_eval_error_message(ev),
                         ins_eval_error_chunk(ev), ins_eval_error_path(ev)};
  size_t total = json_len + out_len + 2;
  for (int i = 0; i < 4; i++) total += strlen(parts[i]) + 1;
  o->status = status;
  o->line = ins_eval_error_line(ev);
  o->instructions = (unsigned long long)ins_eval_instructions(ev);
  o->len = 0;
  o->text = malloc(total);
  if (o->text == NULL) return;
  for (int i = 0; i < 4; i++) {
    size_t n = strlen(parts[i]) + 1;
    memcpy(o->text + o->len, parts[i], n);
    o->len += n;
  }
  memcpy(o->text + o->len, json, json_len);
  o->len += json_len;
  o->text[o->len++] = '\0';
  memcpy(o->text + o->len, out, out_len);
  o->len += out_len;
  o->text[o->len++] = '\0';
}

/* Everything must be equal, except where time ran out, which depends on the clock (the code
 * and message must still be equal). */
static int outcome_differs(const outcome *a, const outcome *b) {
  if (a->text == NULL || b->text == NULL || a->status != b->status) return 1;
  if (strcmp(a->text, "limit.time") == 0) {
    size_t code = strlen(a->text) + 1, message = strlen(a->text + code) + 1;
    return b->len < code + message || memcmp(a->text, b->text, code + message) != 0;
  }
  return a->line != b->line || a->instructions != b->instructions || a->len != b->len ||
         memcmp(a->text, b->text, a->len) != 0;
}

static void outcome_free(outcome *o) { free(o->text); }

static int usage(void) {
  fprintf(stderr, "usage: insomnia-lua-smoke [--memory BYTES] [--instructions N] "
                  "[--time-ms MS] [--host-modules DIR] [--cache] [--bench N] PROFILE.lua\n");
  return 2;
}

static double seconds_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int compare_doubles(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* Runs the evaluation `runs` times and prints median, p90 and min in microseconds. */
static int bench(smoke *s, ins_eval *ev, const char *source, size_t len, const char *chunkname,
                 long runs) {
  double *times = malloc((size_t)runs * sizeof *times);
  if (times == NULL) return 1;
  for (long i = 0; i < runs; i++) {
    double start = seconds_now();
    if (evaluate(s, ev, source, len, chunkname) != INS_OK) {
      fprintf(stderr, "bench: evaluation %ld failed: %s\n", i, ins_eval_error_message(ev));
      free(times);
      return 3;
    }
    times[i] = (seconds_now() - start) * 1e6;
  }
  qsort(times, (size_t)runs, sizeof *times, compare_doubles);
  printf("evaluations: %ld  median: %.1f us  p90: %.1f us  min: %.1f us\n", runs,
         times[runs / 2], times[(runs * 9) / 10], times[0]);
  free(times);
  return 0;
}

int main(int argc, char **argv) {
  unsigned long long memory = 0, instructions = 0, time_ms = 0;
  const char *host = NULL, *profile = NULL;
  long bench_runs = 0;
  int caching = 0;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--memory") == 0 && i + 1 < argc) memory = strtoull(argv[++i], NULL, 10);
    else if (strcmp(argv[i], "--instructions") == 0 && i + 1 < argc)
      instructions = strtoull(argv[++i], NULL, 10);
    else if (strcmp(argv[i], "--time-ms") == 0 && i + 1 < argc)
      time_ms = strtoull(argv[++i], NULL, 10);
    else if (strcmp(argv[i], "--host-modules") == 0 && i + 1 < argc) host = argv[++i];
    else if (strcmp(argv[i], "--cache") == 0) caching = 1;
    else if (strcmp(argv[i], "--bench") == 0 && i + 1 < argc) {
      bench_runs = strtol(argv[++i], NULL, 10);
      if (bench_runs <= 0) return usage();
    }
    else if (strcmp(argv[i], "--version") == 0) {
      puts(ins_version());
      return 0;
    } else if (argv[i][0] == '-' || profile != NULL) return usage();
    else profile = argv[i];
  }
  if (profile == NULL) return usage();

  smoke s;
  memset(&s, 0, sizeof s);
  s.caching = caching;
  char real[PATH_MAX];
  if (realpath(profile, real) == NULL) {
    fprintf(stderr, "error: cannot open %s: %s\n", profile, strerror(errno));
    return 2;
  }
  format_path(s.profile_dir, sizeof s.profile_dir, "%s", real);
  char *slash = strrchr(s.profile_dir, '/');
  *(slash == s.profile_dir ? slash + 1 : slash) = '\0';
  if (host != NULL && realpath(host, s.host_dir) == NULL) {
    fprintf(stderr, "error: cannot open %s: %s\n", host, strerror(errno));
    return 2;
  }
  if (host != NULL && ((s.prelude = ins_prelude_new()) == NULL ||
                       !add_host_modules(&s, s.host_dir, ""))) {
    ins_prelude_free(s.prelude);
    return 2;
  }
  size_t len = 0;
  char *source = read_file(real, &len);
  if (source == NULL) {
    fprintf(stderr, "error: cannot read %s\n", profile);
    return 2;
  }
  char chunkname[PATH_MAX + 2];
  format_path(chunkname, sizeof chunkname, "@%s", strrchr(real, '/') + 1);

  ins_eval *ev = ins_eval_new();
  if (ev == NULL) {
    free(source);
    ins_prelude_free(s.prelude);
    return 1;
  }
  ins_eval_set_limits(ev, memory, instructions, time_ms);
  ins_eval_set_require(ev, resolve, &s);
  ins_eval_set_prelude(ev, s.prelude);
  if (caching) ins_eval_set_keep(ev, 64u * 1024u * 1024u);
  int status = evaluate(&s, ev, source, len, chunkname);
  int differs = 0;
  if (caching) { /* again from the kept chunks: the outcome must not change */
    outcome first;
    outcome_read(&first, ev, status);
    status = evaluate(&s, ev, source, len, chunkname);
    outcome second;
    outcome_read(&second, ev, status);
    differs = outcome_differs(&first, &second);
    outcome_free(&first);
    outcome_free(&second);
  }
  if (status == INS_OK && bench_runs > 0 && !differs) {
    int rc = bench(&s, ev, source, len, chunkname, bench_runs);
    free(source);
    ins_eval_free(ev);
    cache_free(&s);
    ins_prelude_free(s.prelude);
    return rc;
  }
  free(source);

  size_t out_len;
  const char *out = ins_eval_output(ev, &out_len);
  fwrite(out, 1, out_len, stderr);
  int rc = 0;
  if (status == INS_OK) {
    size_t json_len;
    const char *json = ins_eval_json(ev, &json_len);
    fwrite(json, 1, json_len, stdout);
    fputc('\n', stdout);
  } else {
    fprintf(stderr, "error[%s]: %s\n", ins_eval_error_code(ev), ins_eval_error_message(ev));
    if (ins_eval_error_line(ev) > 0)
      fprintf(stderr, "  --> %s:%d\n", ins_eval_error_chunk(ev), ins_eval_error_line(ev));
    if (ins_eval_error_path(ev)[0]) fprintf(stderr, "  at: %s\n", ins_eval_error_path(ev));
    rc = 3;
  }
  if (ins_eval_memory_live(ev) != 0) {
    fprintf(stderr, "internal: %llu bytes still allocated after close\n",
            (unsigned long long)ins_eval_memory_live(ev));
    rc = 1;
  }
  if (differs) {
    fprintf(stderr, "internal: the run from kept chunks differs from the run that kept them\n");
    rc = 1;
  }
  ins_eval_free(ev);
  cache_free(&s);
  ins_prelude_free(s.prelude);
  return rc;
}
