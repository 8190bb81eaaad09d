// libedit's readline-compatible API, with accessors for the C globals Swift 6 cannot touch directly.
// Include <editline/readline.h>, not <readline/readline.h>: GNU readline's headers may also be installed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <editline/readline.h>

/// Candidate generator for Tab completion: `text` is the word being completed, `start` its offset in the line.
typedef char **okr_completion_function(const char *text, int start, int end);

static inline void okr_set_readline_name(const char *name) { rl_readline_name = name; }

static inline void okr_set_completion(okr_completion_function *function) {
    rl_attempted_completion_function = (rl_completion_func_t *)function;
}

/// The line typed so far, for completing arguments by the command they follow.
static inline const char *okr_line_buffer(void) { return rl_line_buffer; }

/// Stop libedit from falling back to file-name completion when there is no candidate.
static inline void okr_set_attempted_completion_over(int value) { rl_attempted_completion_over = value; }

static inline void okr_set_completion_append_character(int c) { rl_completion_append_character = c; }

static inline FILE *okr_stdin(void) { return stdin; }
static inline FILE *okr_stdout(void) { return stdout; }
