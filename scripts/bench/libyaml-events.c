/* The reference for how fast YAML can be read: libyaml's event parser over a
 * whole file held in memory, every event taken and dropped, nothing built.
 * Prints the seconds the parse took (reading the file is not timed), so that
 * scripts/bench/load.sh can set coopline's load of the same file beside it.
 *
 *   gcc -O2 libyaml-events.c -lyaml -o libyaml-events && ./libyaml-events FILE
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <yaml.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    if (fseek(f, 0, SEEK_END) != 0) {
        perror(argv[1]);
        return 1;
    }
    long size = ftell(f);
    if (size < 0 || fseek(f, 0, SEEK_SET) != 0) {
        perror(argv[1]);
        return 1;
    }
    unsigned char *text = malloc(size > 0 ? (size_t)size : 1);
    if (!text || fread(text, 1, (size_t)size, f) != (size_t)size) {
        fprintf(stderr, "%s: cannot read the file\n", argv[1]);
        return 1;
    }
    fclose(f);

    yaml_parser_t parser;
    yaml_event_t event;
    long events = 0;
    double start = now();
    if (!yaml_parser_initialize(&parser)) {
        fprintf(stderr, "cannot initialise libyaml\n");
        return 1;
    }
    yaml_parser_set_input_string(&parser, text, (size_t)size);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s: YAML error at line %lu: %s\n", argv[1],
                    (unsigned long)parser.problem_mark.line + 1,
                    parser.problem ? parser.problem : "unknown");
            return 1;
        }
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        events++;
        if (done)
            break;
    }
    yaml_parser_delete(&parser);
    double seconds = now() - start;
    /* The event count goes to stderr: proof the whole file was read, kept
     * apart from the one number the script reads. */
    fprintf(stderr, "%ld events\n", events);
    printf("%.6f\n", seconds);
    free(text);
    return 0;
}
