# Install rules and the Debian package (`cpack -G DEB` in the build folder, or packaging/build-deb.sh).
# Included from the top-level CMakeLists.txt once the app targets exist.
#
# The installed layout is the one DemoCatalog::resourcesDir() looks for: <prefix>/bin/lookbook beside
# <prefix>/share/lookbook/{models,configs}, so the installed program runs the demo (the synthetic
# generator is compiled in; the demo catalog is made under the user's data folder on first run).
include(GNUInstallDirs)

set(LOOKBOOK_APP_ID io.github.lookbook.Lookbook)
set(LOOKBOOK_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(LOOKBOOK_DESKTOP_FILE ${LOOKBOOK_PACKAGING_DIR}/${LOOKBOOK_APP_ID}.desktop)
# The metainfo carries the project's version, so the validated and installed file is the configured one.
set(LOOKBOOK_METAINFO_FILE ${PROJECT_BINARY_DIR}/packaging/${LOOKBOOK_APP_ID}.metainfo.xml)
configure_file(${LOOKBOOK_PACKAGING_DIR}/${LOOKBOOK_APP_ID}.metainfo.xml ${LOOKBOOK_METAINFO_FILE} @ONLY)

install(TARGETS lookbook-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# LibTorch is loaded on demand: the inference module (backend::TorchPlugin) and the training program
# (cli/trainerprogram.h), where the code looks for them.
install(TARGETS lookbook_torch LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/lookbook)
install(TARGETS lookbook-train RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/lookbook)
install(FILES ${LOOKBOOK_PACKAGING_DIR}/lookbook-cli.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/models ${PROJECT_SOURCE_DIR}/resources/configs
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lookbook)
if(LOOKBOOK_BUILD_GUI)
  install(TARGETS lookbook RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  install(FILES ${LOOKBOOK_PACKAGING_DIR}/lookbook.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  install(FILES ${LOOKBOOK_DESKTOP_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/lookbook.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${LOOKBOOK_APP_ID}.svg)
  install(FILES ${LOOKBOOK_METAINFO_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
endif()

set(CPACK_PACKAGE_NAME lookbook)
set(CPACK_PACKAGE_VENDOR "The Lookbook developers")
# Debian wants a maintainer with an address; replace this one when the project has its own.
set(CPACK_PACKAGE_CONTACT "The Lookbook developers <lookbook@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "street-to-shop clothes retrieval: detect, fuse, embed, search")
set(CPACK_PACKAGE_DESCRIPTION
  "Lookbook opens a street photo, lets several detectors find the garments, fuses their boxes with
Weighted Boxes Fusion, embeds each fused box and searches a shop catalog (SQLite with a faiss index)
for the matching products. The package holds the desktop application (lookbook), the command-line
tool (lookbook-cli) and the demo models; `lookbook --demo` makes a demo catalog of synthetic shop
photos on first run.")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # lookbook_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps finds the shared libraries (Qt, LibTorch, OpenCV, SQLite, BLAS and OpenMP for faiss,
# which Debian ships as a static library). Recommended: the OpenMP OpenBLAS, which the benchmarks in
# the README used, and fonts for the Korean and Chinese translations. What dpkg-shlibdeps cannot see:
# the SVG icon engine, a plugin Qt loads at run time for the window's icons, and Qt's image-format
# plugins, which decode WebP photos.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-image-formats-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libopenblas0-openmp, fonts-noto-cjk")

include(CPack)
