// Fuzzes the import of GraphML files, strict and lenient.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ryuk::fuzz::importBytes("story.graphml", data, size);
    return 0;
}
