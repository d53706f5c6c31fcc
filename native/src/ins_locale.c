/* ins_locale.c: the C locale for the calling thread while the shim works (see ins_locale.h). */
#if !defined(_WIN32)
#define _POSIX_C_SOURCE 200809L
#endif

#include "ins_locale.h"

#include <locale.h>

#if defined(_WIN32) || !defined(LC_GLOBAL_LOCALE)
/* No per-thread locale here: numbers follow the process locale. */
void ins_locale_enter(ins_locale_scope *scope) { scope->switched = 0; }
void ins_locale_leave(ins_locale_scope *scope) { (void)scope; }
#else
#if defined(__APPLE__)
#include <xlocale.h>
#endif

void ins_locale_enter(ins_locale_scope *scope) {
  /* glibc answers "C" with its static C locale object: nothing is allocated, nothing leaks
     if leave is never reached. Elsewhere freelocale in leave releases it. */
  locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
  scope->switched = 0;
  if (c == (locale_t)0) return; /* cannot happen for "C"; the process locale stays */
  scope->previous = uselocale(c);
  scope->switched = 1;
}

void ins_locale_leave(ins_locale_scope *scope) {
  if (!scope->switched) return;
  locale_t c = uselocale((locale_t)scope->previous);
  freelocale(c);
  scope->switched = 0;
}
#endif
