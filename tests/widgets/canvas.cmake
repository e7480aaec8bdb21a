# The story canvas suite (widgets/canvas).
ryuk_add_test(tst_canvas ${CMAKE_CURRENT_LIST_DIR}/tst_canvas.cpp)
target_link_libraries(tst_canvas PRIVATE ryuk_canvas)
