# Compile through ccache when it is installed (the CI script and ./scripts/*
# rely on it to keep rebuilds short). Off with -DRATHAUS_CCACHE=OFF; a launcher
# given on the command line (-DCMAKE_CXX_COMPILER_LAUNCHER=...) wins.
option(RATHAUS_CCACHE "Compile through ccache when it is found" ON)
if(RATHAUS_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    find_program(RATHAUS_CCACHE_PROGRAM ccache)
    mark_as_advanced(RATHAUS_CCACHE_PROGRAM)
    if(RATHAUS_CCACHE_PROGRAM)
        set(CMAKE_CXX_COMPILER_LAUNCHER "${RATHAUS_CCACHE_PROGRAM}")
        message(STATUS "Compiling through ccache: ${RATHAUS_CCACHE_PROGRAM}")
    endif()
endif()
