// Fuzzes the import of JSON v1 story files, strict and lenient.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ryuk::fuzz::importBytes("story.json", data, size);
    return 0;
}
