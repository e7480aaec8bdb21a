# The profiler dashboard's suite (widgets/profiler).
ryuk_add_test(tst_profiler tst_profiler.cpp)
target_link_libraries(tst_profiler PRIVATE ryuk_profiler SQLite::SQLite3)
