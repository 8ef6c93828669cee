#ifndef ODYSSEY_CLIBPQ_SHIM_H
#define ODYSSEY_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
