# The docks and Play suites (widgets/docks, widgets/play).
foreach(suite tst_inspector tst_outline tst_problems tst_flowdock tst_play)
    ryuk_add_test(${suite} ${suite}.cpp docktestsupport.h)
    target_link_libraries(${suite} PRIVATE ryuk_docks)
endforeach()
