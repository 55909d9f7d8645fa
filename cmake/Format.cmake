# `cmake --build <dir> --target format` runs clang-format (style: /.clang-format)
# over the C++ sources that git tracks; `format-check` only reports files that
# would change and fails then. Both exist only when clang-format is installed.
find_program(RATHAUS_CLANG_FORMAT NAMES clang-format clang-format-16 clang-format-15 clang-format-14)
mark_as_advanced(RATHAUS_CLANG_FORMAT)
if(RATHAUS_CLANG_FORMAT)
    add_custom_target(format
        COMMAND ${CMAKE_COMMAND} -DCLANG_FORMAT=${RATHAUS_CLANG_FORMAT}
                -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DMODE=fix
                -P ${CMAKE_CURRENT_LIST_DIR}/RunClangFormat.cmake
        COMMENT "clang-format: formatting tracked sources"
        VERBATIM USES_TERMINAL)
    add_custom_target(format-check
        COMMAND ${CMAKE_COMMAND} -DCLANG_FORMAT=${RATHAUS_CLANG_FORMAT}
                -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DMODE=check
                -P ${CMAKE_CURRENT_LIST_DIR}/RunClangFormat.cmake
        COMMENT "clang-format: checking tracked sources"
        VERBATIM USES_TERMINAL)
endif()
