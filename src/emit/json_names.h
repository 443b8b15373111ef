/* json_names.h - the words of the JSON model format (docs/json.md), shared
 * by the writer (src/emit/json.c) and the reader (src/parser/json_load.c)
 * so that they cannot drift apart. */
#ifndef SC_JSON_NAMES_H
#define SC_JSON_NAMES_H

#include "model/model.h"

#define SC_JSON_FORMAT "schemac-model"
#define SC_JSON_VERSION 1

const char *sc_json_con_kind(sc_con_kind k);
int sc_json_con_kind_parse(const char *s, sc_con_kind *out);
const char *sc_json_fk_action(sc_fk_action a);
int sc_json_fk_action_parse(const char *s, sc_fk_action *out);
const char *sc_json_identity(sc_identity i);         /* NULL for none */
int sc_json_identity_parse(const char *s, sc_identity *out);
const char *sc_json_nulls(sc_nulls n);               /* NULL for the default */
int sc_json_nulls_parse(const char *s, sc_nulls *out);
const char *sc_json_check_option(sc_check_option c);   /* NULL for none */
int sc_json_check_option_parse(const char *s, sc_check_option *out);
const char *sc_json_ref_kind(sc_ref_kind k);
int sc_json_ref_kind_parse(const char *s, sc_ref_kind *out);
const char *sc_json_policy_cmd(sc_policy_cmd c);
int sc_json_policy_cmd_parse(const char *s, sc_policy_cmd *out);

#endif
