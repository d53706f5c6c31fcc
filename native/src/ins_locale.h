/*
 * ins_locale.h: evaluations run in the "C" locale, whatever the process's is. Lua and the
 * JSON encoder format and parse numbers with snprintf/strtod and compare strings with
 * strcoll, all of which follow the locale; a JVM sets the process locale from LANG/LC_*, so
 * under de_DE tostring(1.5) gave "1,5" and "a" < "B" flipped. The calling thread is switched
 * to the C locale for the duration of the call (POSIX uselocale: other threads and the
 * process locale are untouched) and switched back before returning.
 */
#ifndef INS_LOCALE_H
#define INS_LOCALE_H

typedef struct ins_locale_scope {
  void *previous; /* the thread's locale before ins_locale_enter (a locale_t) */
  int switched;   /* 0 if the platform offers no per-thread locale */
} ins_locale_scope;

void ins_locale_enter(ins_locale_scope *scope);
void ins_locale_leave(ins_locale_scope *scope);

#endif
